package org.parley.eval.demo;

import java.util.List;
import java.util.Locale;

/**
 * What {@link DemoRelationsScorer} found: one check per gold level, mechanism, edition, milestone
 * and plan, whether plans were scored at all, and how many plans of the card match no gold plan.
 *
 * @param checks      in gold order: levels, mechanisms each followed by its editions, milestones, plans
 * @param plansScored false when the card has no {@code plans[]} (then {@code checks} holds no plan)
 * @param extraPlans  the card's plans that cite no gold plan's sentence
 */
public record DemoRelationsScores(List<Check> checks, boolean plansScored, int extraPlans) {

    public DemoRelationsScores {
        checks = List.copyOf(checks);
    }

    /** Whether a check's event link is expected, and if so whether it is right. */
    public enum Link {
        NONE, RIGHT, WRONG;

        static Link of(boolean right) {
            return right ? RIGHT : WRONG;
        }
    }

    /**
     * One gold item against the card.
     *
     * @param part   level, mechanism, edition, milestone or plan
     * @param found  the card has it
     * @param right  its date is right (a mechanism: frequency and next edition; a plan: held or pending as the gold)
     * @param link   the event record it names, when the gold names an encounter
     * @param detail what the card says, for the report
     */
    public record Check(String part, String item, boolean found, boolean right, Link link, String detail) {
    }

    /** The relationship part of {@code parley eval demo}: one row per check, then a summary. */
    public String text() {
        StringBuilder out = new StringBuilder("\n== Relationship card of the main pair (demo/gold/relations.json)\n");
        for (Check c : checks) {
            out.append(String.format(Locale.ROOT, "  %-9s %-52s %-7s %-6s %-6s %s%n", c.part(), c.item(),
                    c.found() ? "found" : "MISSED", c.found() ? (c.right() ? "right" : "WRONG") : "",
                    c.link() == Link.NONE ? "" : c.link() == Link.RIGHT ? "linked" : "UNLINKED", c.detail()));
        }
        if (!plansScored) {
            out.append("  plans: skipped, the card has no plans[] yet (issue 15's planned events); the gold has them\n");
        } else if (extraPlans > 0) {
            out.append("  plans of the card that cite no gold plan: ").append(extraPlans).append('\n');
        }
        return out.toString();
    }

    /** One line for scripts: found, right and linked per part ("-" when plans were skipped). */
    public String scriptLine() {
        return "eval: set=demo-relations " + counts("level", "levels") + " " + counts("mechanism", "mechanisms") + " "
                + counts("edition", "editions") + " " + counts("milestone", "milestones") + " "
                + (plansScored ? counts("plan", "plans") + " plans_extra=" + extraPlans : "plans=skipped");
    }

    private String counts(String part, String name) {
        List<Check> of = checks.stream().filter(c -> c.part().equals(part)).toList();
        long linkable = of.stream().filter(c -> c.link() != Link.NONE).count();
        return String.format(Locale.ROOT, "%s=%d %s_found=%d %s_right=%d", name, of.size(), name,
                of.stream().filter(Check::found).count(), name, of.stream().filter(Check::right).count())
                + (linkable == 0 ? "" : String.format(Locale.ROOT, " %s_linked=%d/%d", name,
                of.stream().filter(c -> c.link() == Link.RIGHT).count(), linkable));
    }
}
