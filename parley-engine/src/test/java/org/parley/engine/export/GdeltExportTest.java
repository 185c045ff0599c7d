package org.parley.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltExportTest {
    private static final ExportRun RUN = new ExportRun("test", Instant.parse("2024-07-01T00:00:00Z"));

    @TempDir
    Path dir;

    private List<String[]> rows(String file) throws Exception {
        return Files.readAllLines(dir.resolve(file)).stream().map(l -> l.split("\t", -1)).toList();
    }

    private static String cell(String[] row, String column) {
        int index = GdeltEventTable.COLUMNS.stream().map(Column::name).toList().indexOf(column);
        return row[index];
    }

    @Test
    void theEventTableHasTheCodebooks61ColumnsInOrder() {
        List<String> names = GdeltEventTable.COLUMNS.stream().map(Column::name).toList();
        assertThat(names).hasSize(61);
        assertThat(names.subList(0, 6)).containsExactly("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code");
        assertThat(names.subList(25, 35)).containsExactly("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");
        assertThat(names.subList(51, 61)).containsExactly("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
                "DATEADDED", "SOURCEURL");
        assertThat(GdeltMentionTable.COLUMNS).hasSize(16);
    }

    @Test
    void aDatedPlacedCodedEventFillsItsColumns() throws Exception {
        new GdeltExport(GdeltEventTable.bundled()).write(ExportFixtures.data(), dir, RUN);
        String[] meeting = rows(GdeltExport.EVENTS).get(0);

        assertThat(meeting).hasSize(61);
        assertThat(cell(meeting, "GLOBALEVENTID")).isEqualTo("1");
        assertThat(cell(meeting, "SQLDATE")).isEqualTo("20240603");
        assertThat(cell(meeting, "MonthYear")).isEqualTo("202406");
        assertThat(cell(meeting, "FractionDate")).isEqualTo("2024.4208");
        assertThat(cell(meeting, "Actor1Code")).isEqualTo("FRDGOV");
        assertThat(cell(meeting, "Actor1Name")).isEqualTo("ANN EXAMPLE");
        assertThat(cell(meeting, "Actor1Type1Code")).isEqualTo("GOV");
        assertThat(cell(meeting, "Actor2Code")).isEqualTo("VNMGOV");
        assertThat(cell(meeting, "Actor2CountryCode")).isEqualTo("VNM");
        assertThat(cell(meeting, "IsRootEvent")).isEqualTo("1");
        assertThat(cell(meeting, "EventCode") + "/" + cell(meeting, "EventBaseCode") + "/" + cell(meeting, "EventRootCode"))
                .isEqualTo("042/042/04");
        assertThat(cell(meeting, "QuadClass")).isEqualTo("1");
        assertThat(cell(meeting, "GoldsteinScale")).isEqualTo("1.9");
        assertThat(cell(meeting, "NumMentions") + cell(meeting, "NumSources") + cell(meeting, "NumArticles")).isEqualTo("111");
        assertThat(cell(meeting, "AvgTone")).isEmpty();
        assertThat(cell(meeting, "ActionGeo_Type")).isEqualTo("4");
        assertThat(cell(meeting, "ActionGeo_FullName")).isEqualTo("Hanoi, Vietnam");
        assertThat(cell(meeting, "ActionGeo_CountryCode")).as("FIPS 10-4, not ISO").isEqualTo("VM");
        assertThat(cell(meeting, "ActionGeo_Lat") + " " + cell(meeting, "ActionGeo_Long")).isEqualTo("21.0245 105.8412");
        assertThat(cell(meeting, "DATEADDED")).isEqualTo("20240604081530");
        assertThat(cell(meeting, "SOURCEURL")).isEqualTo("talks.txt");
    }

    @Test
    void anUndatedUncodedUnplacedEventLeavesThoseColumnsEmpty() throws Exception {
        new GdeltExport(GdeltEventTable.bundled()).write(ExportFixtures.data(), dir, RUN);
        String[] appeal = rows(GdeltExport.EVENTS).get(1);

        assertThat(appeal).hasSize(61);
        for (String column : List.of("SQLDATE", "Year", "FractionDate", "EventCode", "QuadClass", "GoldsteinScale",
                "ActionGeo_Type", "ActionGeo_CountryCode", "ActionGeo_Lat", "Actor1Code", "Actor2Name")) {
            assertThat(cell(appeal, column)).as(column).isEmpty();
        }
        assertThat(cell(appeal, "Actor1Name")).isEqualTo("FREEDONIA");
        assertThat(cell(appeal, "IsRootEvent")).isEqualTo("1");
    }

    @Test
    void eachMentionIsARowWithItsSentenceAndOffsetsInTheCleanText() throws Exception {
        new GdeltExport(GdeltEventTable.bundled()).write(ExportFixtures.data(), dir, RUN);
        List<String[]> mentions = rows(GdeltExport.MENTIONS);

        assertThat(mentions).hasSize(2);
        String[] m = mentions.get(0);
        assertThat(m).hasSize(16);
        assertThat(m[0]).isEqualTo("1");
        assertThat(m[1]).isEqualTo("20240604081530");
        assertThat(m[2]).as("18:00 at UTC+7").isEqualTo("20240603110000");
        assertThat(m[3]).isEqualTo("1");
        assertThat(m[4]).isEqualTo("news.example");
        assertThat(m[5]).isEqualTo("talks.txt");
        assertThat(m[6]).as("1-based").isEqualTo("2");
        assertThat(m[7]).as("'Ann Example' is not in the sentence").isEqualTo("-1");
        assertThat(Integer.parseInt(m[8])).isEqualTo(ExportFixtures.TEXT.indexOf("Vietnam"));
        assertThat(Integer.parseInt(m[9])).isEqualTo(ExportFixtures.TEXT.indexOf("met "));
        assertThat(m[12]).isEqualTo(Integer.toString(ExportFixtures.TEXT.length()));
        assertThat(m[15]).isEqualTo("<SENTENCE>The foreign minister of Freedonia met Vietnam's prime minister in Hanoi on Monday.</SENTENCE>");
    }

    @Test
    void theManifestCountsTheRowsAndNamesTheColumns() throws Exception {
        new GdeltExport(GdeltEventTable.bundled()).write(ExportFixtures.data(), dir, RUN);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve(ExportManifest.FILE).toFile());

        assertThat(manifest.get("format").asText()).isEqualTo("gdelt");
        assertThat(manifest.get("parley_version").asText()).isEqualTo("test");
        assertThat(manifest.get("exported_at").asText()).isEqualTo("2024-07-01T00:00:00Z");
        assertThat(manifest.get("stage_versions").get("findings").asText()).startsWith("parley-events-");
        assertThat(manifest.get("tables").get(0).get("rows").asInt()).isEqualTo(2);
        assertThat(manifest.get("tables").get(0).get("columns")).hasSize(61);
        assertThat(manifest.at("/tables/0/columns/0").toString()).isEqualTo("{\"name\":\"GLOBALEVENTID\",\"type\":\"INTEGER\"}");
        assertThat(manifest.get("tables").get(1).get("file").asText()).isEqualTo(GdeltExport.MENTIONS);
    }

    @Test
    void fipsCodesDifferFromIsoWhereTheStandardsDo() {
        FipsCountryCodes fips = FipsCountryCodes.bundled();
        assertThat(fips.of("DEU")).contains("GM");
        assertThat(fips.of("GBR")).contains("UK");
        assertThat(fips.of("JPN")).as("corrected from the source's typo").contains("JA");
        assertThat(fips.of("ZAF")).as("not Saudi Arabia's SA").contains("SF");
        assertThat(fips.of("XXX")).isEmpty();
        assertThat(fips.of(null)).isEmpty();
    }

    @Test
    void tabsAndLineBreaksInACellBecomeSpaces() {
        assertThat(GdeltExport.line(List.of("a\tb", "c\r\nd", ""))).isEqualTo("a b\tc d\t\n");
    }
}
