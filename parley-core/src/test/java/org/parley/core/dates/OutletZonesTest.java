package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;
import org.parley.core.dateline.DayMonthOrder;

class OutletZonesTest {

    private final OutletZones table = OutletZones.defaults();

    @Test
    void findsCountryDomainsFromUrlsAndHosts() {
        assertThat(table.lookup("https://www.example.vn/thoi-su/a.html").orElseThrow().zone())
                .isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(table.lookup("example.co.jp").orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(table.lookup("HTTPS://WWW.BBC.CO.UK:443/news").orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void prefersTheLongestSuffix() {
        OutletConvention nyt = table.lookup("https://www.nytimes.com/2023/07/14/world/asia/x.html").orElseThrow();
        assertThat(nyt.domainSuffix()).isEqualTo("nytimes.com");
        assertThat(nyt.order()).isEqualTo(DayMonthOrder.MONTH_FIRST);
        assertThat(table.lookup("inquirer.net").orElseThrow().order()).isEqualTo(DayMonthOrder.MONTH_FIRST);
    }

    @Test
    void knowsNothingOfGenericDomainsOrNames() {
        assertThat(table.lookup("https://example.com/a")).isEmpty();
        assertThat(table.lookup("Hanoi Times")).isEmpty();
        assertThat(table.lookup(null)).isEmpty();
        assertThat(table.lookup("notvn")).isEmpty();
    }

    @Test
    void rejectsMalformedRowsNamingTheLine() {
        assertThatThrownBy(() -> OutletZones.parse(new StringReader("# header\n.vn\tAsia/Nowhere\tDMY\t\n"), "zones.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("zones.tsv:2: unknown zone id Asia/Nowhere");
        assertThatThrownBy(() -> OutletZones.parse(new StringReader(".vn\tAsia/Ho_Chi_Minh\tYMD\tVietnam\n"), "zones.tsv"))
                .hasMessageContaining("DMY or MDY");
        assertThatThrownBy(() -> OutletZones.parse(new StringReader(".vn\tAsia/Ho_Chi_Minh\tDMY\n"), "zones.tsv"))
                .hasMessageContaining("zones.tsv:1: expected 4 tab-separated columns");
    }

    @Test
    void aLaterRowForASuffixWins() {
        OutletZones zones = OutletZones.parse(new StringReader(
                ".vn\tAsia/Ho_Chi_Minh\tDMY\t\n.VN\tAsia/Bangkok\tMDY\tcorrected\n"), "zones.tsv");
        assertThat(zones.lookup("x.vn").orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
    }

    @Test
    void readsTokenizedUrlsButNotBloggerCountryRedirects() {
        assertThat(table.lookup("http : / / www. bbc. co. uk / news / uk - 23395104").orElseThrow().zone())
                .isEqualTo(ZoneId.of("Europe/London"));
        assertThat(table.lookup("http : / / joyofsox. blogspot. nl / 2008 / 12 / a. html")).isEmpty();
    }
}
