package org.rejoin.children.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.children.ChildSearch;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateParts;

/** The search form, bound from the query string so that a search can be bookmarked and paged. */
public class ChildSearchForm {

    private String name;
    private String dobDay;
    private String dobMonth;
    private String dobYear;
    private String upn;
    private String postcode;
    private Integer page;

    boolean isSubmitted() {
        return !ChildForm.allBlank(name, dobDay, dobMonth, dobYear, upn, postcode);
    }

    ChildSearch toSearch(List<FieldError> errors) {
        LocalDate dob = DateParts.parse(dobDay, dobMonth, dobYear, "dob", "Date of birth", false, errors);
        return new ChildSearch(name, dob, upn, postcode);
    }

    /** The query string of this search without the page, for the pagination links. */
    public String getQuery() {
        var parts = new ArrayList<String>();
        add(parts, "name", name);
        add(parts, "dobDay", dobDay);
        add(parts, "dobMonth", dobMonth);
        add(parts, "dobYear", dobYear);
        add(parts, "upn", upn);
        add(parts, "postcode", postcode);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(key + "=" + java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getDob() {
        return dobDay + "/" + dobMonth + "/" + dobYear;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDobDay() { return dobDay; }
    public void setDobDay(String v) { this.dobDay = v; }
    public String getDobMonth() { return dobMonth; }
    public void setDobMonth(String v) { this.dobMonth = v; }
    public String getDobYear() { return dobYear; }
    public void setDobYear(String v) { this.dobYear = v; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
