package org.rejoin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;

/**
 * Uploads take whole files from schools' and the LA's systems (a national GIAS extract is about 60 MB), not Spring's
 * 1 MB default; above the limit the error page says why, in words (413).
 */
@IntegrationTest
class UploadLimitsTests {

    @Autowired
    MultipartProperties multipart;

    @Autowired
    MessageSource messages;

    @Test
    void filesUpTo100MegabytesAreTakenAndALargerOneIsExplained() {
        assertThat(multipart.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(100));
        assertThat(multipart.getMaxRequestSize()).isEqualTo(DataSize.ofMegabytes(100));
        assertThat(messages.getMessage("error.413.title", null, java.util.Locale.UK)).isEqualTo("The file is too large");
        assertThat(messages.getMessage("error.413.body", null, java.util.Locale.UK)).contains("100 MB");
    }
}
