package org.parley.bench;

import java.util.List;
import org.parley.model.Origin;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/** Short news reports written for the benchmarks (no third-party text), with the boilerplate real pages carry. */
final class BenchTexts {

    private BenchTexts() {
    }

    static final List<String> DATELINES = List.of(
            "WASHINGTON, March 26 (Reuters) - The two leaders met for an hour.",
            "Kathmandu, Jan 7 (PTI)",
            "Published: 2024-03-26T20:20:00Z",
            "HANOI, 27/03/2024 - Vietnam and Laos signed four agreements.",
            "Monday, 4 March 2024 | 10:32 GMT+7",
            "The ministers will hold talks on May 28 in Geneva.",
            "BRUSSELS (AP) — European Union leaders agreed on Thursday to open talks.",
            "Updated 3:45 pm EDT, Tue May 14, 2024");

    static final List<String> REPORTS = List.of("""
            Ministers hold talks on trade in Vienna
            By Anna Berger
            VIENNA, March 4, 2024 (Reuters) - The foreign ministers of Austria and Chile met in Vienna on Monday
            to discuss trade and a new agreement on lithium mining, the Austrian foreign ministry said.
            Foreign Minister Alexander Schallenberg told reporters the talks had been "open and useful".
            Chile's Foreign Minister Alberto van Klaveren invited him to visit Santiago later this year.
            Share this article
            Read more: Austria and Chile sign energy memorandum
            Advertisement
            Copyright 2024 Reuters. All rights reserved.
            """, """
            President calls Norwegian prime minister
            ACCRA, June 11, 2024 - Ghana's President Nana Akufo-Addo spoke by telephone with Norwegian Prime
            Minister Jonas Gahr Store on Tuesday, his office said in a statement.
            The two leaders discussed cooperation on ocean governance and climate finance.
            Akufo-Addo invited Store to visit Accra in September, and Store accepted the invitation.
            Norway pledged $15 million to a fund for coastal protection in West Africa.
            Tags: Ghana, Norway, diplomacy
            Follow us on Twitter
            """, """
            Japan pledges flood aid to Bangladesh
            TOKYO, July 12, 2023 (Kyodo) - Japan pledged $20 million in emergency aid to Bangladesh on Wednesday
            after floods displaced hundreds of thousands of families, the foreign ministry in Tokyo said.
            Foreign Minister Yoshimasa Hayashi met Bangladeshi Ambassador Shahabuddin Ahmed in Tokyo the same day.
            Hayashi said Japan would send a disaster relief team to Dhaka on Friday.
            Bangladesh's Prime Minister Sheikh Hasina thanked Japan for its support.
            Comments (12)
            """, """
            Indian and Chinese ministers meet in Astana
            ASTANA, July 4, 2024 - Indian External Affairs Minister S. Jaishankar met Chinese Foreign Minister
            Wang Yi on the sidelines of the Shanghai Cooperation Organisation summit in Astana on Thursday.
            The two ministers discussed the situation along the border and agreed to hold further talks.
            Jaishankar said the meeting was constructive. Beijing later said it welcomed the dialogue.
            Related: SCO leaders adopt Astana declaration
            """);

    /** The reports as raw articles, as a text reader would give them. */
    static List<RawArticle> rawReports() {
        return java.util.stream.IntStream.range(0, REPORTS.size())
                .mapToObj(i -> RawArticle.text(Origin.file("bench/report-" + i + ".txt", "report-" + i + ".txt"),
                        SourceFormat.TEXT, REPORTS.get(i)))
                .toList();
    }
}
