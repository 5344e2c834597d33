package org.rejoin.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search result.
 *
 * @param page the page number, from 1
 * @param size the largest number of items on a page
 * @param total how many items match in all
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    public ResultPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The item number of the first item on this page, counting from 1. */
    public long from() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long to() {
        return Math.min(total, (long) page * size);
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page request normalised to sensible bounds: page at least 1, size 1 to 100. */
    public static PageRequest request(Integer page, Integer size) {
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, 100);
        return new PageRequest(p, s);
    }

    public record PageRequest(int page, int size) {

        public long offset() {
            return (long) (page - 1) * size;
        }

        public <T> ResultPage<T> of(List<T> items, long total) {
            return new ResultPage<>(items, page, size, total);
        }
    }
}
