package org.rejoin.platform.api;

import java.util.List;

import org.rejoin.platform.ResultPage;

/** A page of results as the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int pages) {

    public static <T> PageResponse<T> of(ResultPage<T> page) {
        return new PageResponse<>(page.items(), page.page(), page.size(), page.total(), page.pages());
    }
}
