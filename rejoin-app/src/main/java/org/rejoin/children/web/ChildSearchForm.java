package org.rejoin.children.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.children.ChildSearch;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateField;

/** The search form, bound from the query string so that a search can be bookmarked and paged. */
public class ChildSearchForm {

    private String name;
    private DateField dob = new DateField();
    private String upn;
    private String postcode;
    private Integer page;

    boolean isSubmitted() {
        return !ChildFormRows.allBlank(name, upn, postcode) || !dob.isBlank();
    }

    ChildSearch toSearch(List<FieldError> errors) {
        LocalDate dateOfBirth = dob.parse("dob", "Date of birth", false, errors);
        return new ChildSearch(name, dateOfBirth, upn, postcode);
    }

    /** The query string of this search without the page, for the pagination links. */
    public String getQuery() {
        var parts = new ArrayList<String>();
        add(parts, "name", name);
        add(parts, "dob.day", dob.getDay());
        add(parts, "dob.month", dob.getMonth());
        add(parts, "dob.year", dob.getYear());
        add(parts, "upn", upn);
        add(parts, "postcode", postcode);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(key + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DateField getDob() { return dob; }
    public void setDob(DateField v) { this.dob = v; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
