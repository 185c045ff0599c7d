package org.parley.core.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.model.EventDate;
import org.parley.model.relations.Anniversary;

/**
 * The next round anniversary (a multiple of five years) of each dated milestone or framework level
 * on or after a day: in that day's year only when its month and day, as far as known, are still to
 * come. Stateless.
 */
final class UpcomingAnniversaries {
    private static final int ROUND = 5;

    /** {@code dated}: each subject's name for readers and its start. */
    List<Anniversary> after(LocalDate day, List<Dated> dated) {
        List<Anniversary> out = new ArrayList<>();
        for (Dated d : dated) {
            String iso = d.since().iso();
            if (iso == null) {
                continue;
            }
            int start = Integer.parseInt(iso.substring(0, 4));
            int years = Math.max(ROUND, ((day.getYear() - start) / ROUND) * ROUND);
            while (!stillToCome(iso, years, day)) {
                years += ROUND;
            }
            out.add(new Anniversary(d.subject(), years, start + years, iso));
        }
        out.sort(Comparator.comparingInt(Anniversary::year).thenComparing(Anniversary::subject));
        return out;
    }

    /** A subject and when it began. */
    record Dated(String subject, EventDate since) {
    }

    private static boolean stillToCome(String iso, int years, LocalDate day) {
        int year = Integer.parseInt(iso.substring(0, 4)) + years;
        if (year != day.getYear()) {
            return year > day.getYear();
        }
        // In this year: an anniversary with an unknown month counts as still to come.
        String mmdd = iso.length() > 4 ? iso.substring(5) : "";
        String today = day.toString().substring(5);
        return mmdd.isEmpty() || mmdd.compareTo(today.substring(0, Math.min(today.length(), mmdd.length()))) >= 0;
    }
}
