package org.rejoin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven as a person would: by the labels, legends, buttons and links they
 * read. Every page it arrives on is checked with axe-core against WCAG 2.2 A and AA, and a violation
 * fails the test there, naming the page, the rule and the elements.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The axe-core tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AXE = axeScript();

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                .then(r => done(r.violations.map(v => v.id + ' (' + v.help + '): '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(e => done(['axe-core failed: ' + e]));
            """;

    private final ChromeDriver driver;
    private final String base;
    private int pagesChecked;

    /** True where Debian's chromium and chromium-driver are installed (CI installs them). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int port) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,1024", "--lang=en-GB");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    void signIn(String username, String password) {
        open("/sign-in");
        fill("Username", username);
        fill("Password", password);
        press("Sign in");
    }

    void open(String path) {
        step("open " + path, () -> {
            driver.get(base + path);
            arrived();
        });
    }

    /** Types into the text box, text area or the first box of the date the label names. */
    void fill(String label, String text) {
        step("fill " + label, () -> {
            var box = labelled(label);
            box.clear();
            box.sendKeys(text);
        });
    }

    /** Checks the radio button or checkbox with this label. */
    void choose(String label) {
        step("choose " + label, () -> {
            if (!labelled(label).isSelected()) {
                driver.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]")).click();
            }
        });
    }

    /** Chooses an option of the select the label names, by its visible text. */
    void select(String label, String option) {
        step("select " + option + " in " + label, () -> new Select(labelled(label)).selectByVisibleText(option));
    }

    /** Fills the GOV.UK date input whose legend is given, the first on the page with that legend. */
    void date(String legend, LocalDate day) {
        step("date " + legend, () -> typeDate(legend, day));
    }

    private void typeDate(String legend, LocalDate day) {
        var fieldset = driver.findElement(By.xpath("//fieldset[legend[normalize-space()=" + literal(legend) + "]]"));
        var boxes = fieldset.findElements(By.cssSelector("input.govuk-date-input__input"));
        assertThat(boxes).as("day, month and year boxes of " + legend).hasSize(3);
        var parts = List.of(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        for (int i = 0; i < 3; i++) {
            boxes.get(i).clear();
            boxes.get(i).sendKeys(String.valueOf(parts.get(i)));
        }
    }

    /** Presses the first button with this text and waits for the next page. */
    void press(String button) {
        step("press " + button, () -> leave(driver.findElement(By.xpath("//button[normalize-space()=" + literal(button) + "]"))));
    }

    /** Follows the link whose text (visible and visually hidden together) starts with {@code text}. */
    void follow(String text) {
        step("follow " + text, () -> {
            var link = driver.findElement(By.xpath("//a[starts-with(normalize-space(), " + literal(text) + ")]"));
            leave(link);
        });
    }

    /** Opens the disclosure (a GOV.UK details component) whose summary reads {@code summary}. */
    void reveal(String summary) {
        step("reveal " + summary, () -> {
            var details = driver.findElement(By.xpath("//details[summary[normalize-space()=" + literal(summary) + "]]"));
            if (details.getDomAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
        });
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** What the page says, as shown. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The text of the table row that mentions {@code text}. */
    String row(String text) {
        return driver.findElement(By.xpath("//tr[.//*[contains(normalize-space(), " + literal(text) + ")]]")).getText();
    }

    int pagesChecked() {
        return pagesChecked;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Does one thing a person does; if it fails, the page as it was is kept in target/browser-failures (a
     * screenshot and the HTML) so that the failure can be seen, in CI too.
     */
    private void step(String what, Runnable action) {
        try {
            action.run();
        }
        catch (RuntimeException | AssertionError e) {
            keepPage(what);
            throw e;
        }
    }

    private void keepPage(String what) {
        try {
            var dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = System.currentTimeMillis() + "-" + what.replaceAll("[^A-Za-z0-9]+", "-");
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        }
        catch (IOException | RuntimeException e) {
            // The failure itself is what matters; a page that cannot be kept is not a second failure.
        }
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one: the old page is marked,
     * and the mark is gone once the browser shows the new document.
     */
    private void leave(WebElement control) {
        driver.executeScript("window.rejoinLeaving = true;");
        control.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return window.rejoinLeaving === undefined && document.readyState === 'complete';")));
        arrived();
    }

    /** The input a label's {@code for} names, as assistive technology finds it. */
    private WebElement labelled(String label) {
        var labels = driver.findElements(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        assertThat(labels).as("a label reading '" + label + "' on " + path()).isNotEmpty();
        return driver.findElement(By.id(labels.get(0).getDomAttribute("for")));
    }

    /** Checks the page just shown with axe-core, WCAG 2.2 AA. */
    @SuppressWarnings("unchecked")
    private void arrived() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        driver.executeScript(AXE);
        var violations = (List<String>) driver.executeAsyncScript(RUN_AXE, WCAG_22_AA);
        assertThat(violations).as("WCAG 2.2 AA violations on " + path() + " (" + driver.getTitle() + ")").isEmpty();
        pagesChecked++;
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private static String axeScript() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
