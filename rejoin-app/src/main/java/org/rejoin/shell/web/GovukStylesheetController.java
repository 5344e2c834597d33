package org.rejoin.shell.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import org.rejoin.platform.Anyone;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;


/**
 * GOV.UK Frontend's compiled stylesheet without the GDS Transport font, which is only for
 * services on GOV.UK: the {@code @font-face} rules go and text falls back to Arial.
 */
@Controller
class GovukStylesheetController {

    static final String PATH = "/css/govuk-frontend.css";
    private static final String WEBJAR_CSS = "META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/govuk-frontend.min.css";

    private final String css;

    GovukStylesheetController() throws IOException {
        String version = govukFrontendVersion();
        String original = new ClassPathResource(WEBJAR_CSS.formatted(version)).getContentAsString(StandardCharsets.UTF_8);
        this.css = original.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("font-family:GDS Transport,", "font-family:")
                .replace("font-family:GDS Transport", "font-family:arial,sans-serif");
    }

    private static String govukFrontendVersion() throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties").getInputStream()) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    @GetMapping(PATH)
    @Anyone
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic()).body(css);
    }
}
