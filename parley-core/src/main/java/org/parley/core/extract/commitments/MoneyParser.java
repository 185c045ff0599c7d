package org.parley.core.extract.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Money;
import org.parley.model.Span;

/**
 * Reads amounts of money in English news text and normalises them to {@link Money}: a plain
 * {@link BigDecimal} (no exponent, no trailing zeros) and an ISO 4217 code. "$500 million" is
 * {@code 500000000 USD}, "€1.5bn" {@code 1500000000 EUR}, "Rs 500 crore" {@code 5000000000 INR}.
 *
 * <p>An amount needs both a number and a currency: a currency before the number ("$", "US$",
 * "USD", "€", "Rs", "VND") or after it ("USD", "dollars", "euros", "dong", "yuan"). "2.2 million
 * people" and a lone "$" are not amounts. Scale words: thousand/k, million/m/mn/mln,
 * billion/bn/b/bln, trillion/tn/trn, and the Indian lakh (1e5) and crore (1e7). Digits only:
 * spelled-out numbers ("two million dollars") are left to the tagger's normalised value, see
 * {@link #fromNormalized}.
 *
 * <p>Currency decisions: a bare "$" is USD (other dollars are marked: A$/AU$ AUD, S$ SGD, C$ CAD,
 * HK$ HKD, NZ$ NZD, NT$ TWD, R$ BRL). A bare "¥" is JPY, because English news writes yuan
 * amounts as "yuan", "RMB" or "CN¥"; any of those, before or after the number, makes it CNY, even
 * with a "¥" ("¥10 billion yuan"). "Rs"/"₹" is INR. "pounds" is GBP unless followed by "of"
 * ("500 pounds of rice" is a weight).
 *
 * <p>Stateless and thread-safe; all methods are static.
 */
public final class MoneyParser {

    /** One amount found in a text, with its characters. */
    public record Found(Span span, Money money) {
    }

    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("u.s.$", "USD"), Map.entry("us $", "USD"),
            Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("s$", "SGD"), Map.entry("c$", "CAD"),
            Map.entry("ca$", "CAD"), Map.entry("hk$", "HKD"), Map.entry("nz$", "NZD"), Map.entry("nt$", "TWD"),
            Map.entry("r$", "BRL"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("cn¥", "CNY"), Map.entry("rmb", "CNY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("₫", "VND"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"),
            Map.entry("₱", "PHP"), Map.entry("฿", "THB"));

    /** Words written after the number (singular and plural forms). */
    private static final Map<String, String> SUFFIX_WORDS = Map.ofEntries(
            Map.entry("us dollars", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("pounds sterling", "GBP"), Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("rmb", "CNY"), Map.entry("dong", "VND"), Map.entry("rupees", "INR"),
            Map.entry("rupee", "INR"), Map.entry("won", "KRW"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("baht", "THB"), Map.entry("ringgit", "MYR"),
            Map.entry("rupiah", "IDR"), Map.entry("pesos", "PHP"), Map.entry("swiss francs", "CHF"),
            Map.entry("australian dollars", "AUD"), Map.entry("singapore dollars", "SGD"),
            Map.entry("canadian dollars", "CAD"), Map.entry("hong kong dollars", "HKD"));

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", new BigDecimal("1e3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("million", new BigDecimal("1e6")), Map.entry("millions", new BigDecimal("1e6")),
            Map.entry("m", new BigDecimal("1e6")), Map.entry("mn", new BigDecimal("1e6")),
            Map.entry("mln", new BigDecimal("1e6")), Map.entry("billion", new BigDecimal("1e9")),
            Map.entry("billions", new BigDecimal("1e9")), Map.entry("bn", new BigDecimal("1e9")),
            Map.entry("b", new BigDecimal("1e9")), Map.entry("bln", new BigDecimal("1e9")),
            Map.entry("trillion", new BigDecimal("1e12")), Map.entry("tn", new BigDecimal("1e12")),
            Map.entry("trn", new BigDecimal("1e12")), Map.entry("lakh", new BigDecimal("1e5")),
            Map.entry("lakhs", new BigDecimal("1e5")), Map.entry("crore", new BigDecimal("1e7")),
            Map.entry("crores", new BigDecimal("1e7")));

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(thousand|millions?|billions?|trillion|lakhs?|crores?|mn|mln|bn|bln|tn|trn|[kmb])\\b)?";
    /** ISO codes accepted on either side of the number: written in capitals only, so "won" or "all" stay words. */
    private static final String CODE = "\\b(?:USD|EUR|GBP|JPY|CNY|VND|INR|AUD|SGD|CAD|HKD|NZD|TWD|KRW|CHF|THB|MYR|IDR|PHP|BRL|RUB|ZAR|SEK|NOK|DKK|PKR|BDT|LKR|KHR|LAK|MMK)\\b";
    private static final String SYMBOL =
            "(?:U\\.S\\.\\s?\\$|US\\s?\\$|AU\\$|A\\$|S\\$|CA\\$|C\\$|HK\\$|NZ\\$|NT\\$|R\\$|CN¥|\\$|€|£|¥|₹|₫|₩|₽|₱|฿|\\bRs\\.?|\\bRMB\\b)";
    private static final String SUFFIX_WORD = "(?:(?:US|U\\.S\\.|Australian|Singapore|Canadian|Hong Kong)\\s+dollars|"
            + "pounds\\s+sterling|swiss\\s+francs|dollars?|euros?|pounds?(?!\\s+of\\b)|yen|yuan|renminbi|dong|rupees?|won|"
            + "roubles|rubles|baht|ringgit|rupiah|pesos)\\b";

    /** Currency before the number: "$500 million", "USD 30 million", "Rs 500 crore". */
    private static final Pattern PREFIXED = Pattern.compile(
            "(" + SYMBOL + "|" + CODE + ")\\s?" + NUMBER + SCALE + "(?:\\s+(" + SUFFIX_WORD + "|" + CODE + "))?");
    /** Currency after the number: "123 billion USD", "2.5 trillion dong". */
    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<![\\w$€£¥₹₫.,])" + NUMBER + SCALE + "\\s+(" + SUFFIX_WORD + "|" + CODE + "|RMB\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A tagger's normalised value: a currency sign or code, then a number that may carry an exponent. */
    private static final Pattern NORMALIZED = Pattern.compile(
            "^\\s*(?:[<>=~]+)?\\s*([^\\d\\s.]{1,4})\\s*(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*$");

    /** Digits before the point of the largest normalised value read (a world's yearly output in dong has 19). */
    private static final int MAX_INTEGER_DIGITS = 24;
    /** Decimals of the most precise normalised value read. */
    private static final int MAX_DECIMALS = 12;

    private MoneyParser() {
    }

    /**
     * Every amount in {@code text}, in text order, non-overlapping.
     */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = PREFIXED.matcher(text);
        while (m.find()) {
            String currency = currency(m.group(1), m.group(4));
            if (currency != null) {
                found.add(new Found(new Span(m.start(), m.end()), money(m.group(2), m.group(3), currency)));
            }
        }
        Matcher s = SUFFIXED.matcher(text);
        while (s.find()) {
            Span span = new Span(s.start(), s.end());
            if (found.stream().anyMatch(f -> f.span().overlaps(span))) {
                continue;
            }
            String currency = suffixCurrency(s.group(3));
            if (currency != null) {
                found.add(new Found(span, money(s.group(1), s.group(2), currency)));
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(found);
    }

    /** The first amount in {@code text}, if any ("$500 million MOU" gives 500000000 USD). */
    public static Optional<Money> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).money());
    }

    /**
     * Reads a named-entity tagger's normalised MONEY value ({@code $5.0E8}, {@code €1.5E9},
     * {@code ¥1.0E10}, {@code USD30000000}); empty for ranges and anything else it cannot read.
     */
    public static Optional<Money> fromNormalized(String normalized) {
        if (normalized == null) {
            return Optional.empty();
        }
        Matcher m = NORMALIZED.matcher(normalized);
        if (!m.matches()) {
            return Optional.empty();
        }
        String sign = m.group(1);
        String currency = sign.matches("[A-Z]{3}") ? sign : PREFIXES.get(sign.toLowerCase(Locale.ROOT));
        if (currency == null) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(m.group(2)).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return Optional.empty(); // an exponent beyond an int
        }
        // Written out, 1E999999999 would take a billion digits; no amount of money has that many.
        // In long arithmetic: precision minus a scale near Integer.MIN_VALUE overflows an int (1.5E2147483647).
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
            return Optional.empty();
        }
        return Optional.of(new Money(plain(value), currency));
    }

    private static String currency(String prefix, String suffix) {
        String before = PREFIXES.getOrDefault(SPACE.matcher(prefix).replaceAll("").toLowerCase(Locale.ROOT),
                ISO_CODE.matcher(prefix).matches() ? prefix : null);
        if (before == null) {
            return null;
        }
        String after = suffix == null ? null : suffixCurrency(suffix);
        // A written-out currency after the number settles the yen/yuan ambiguity of "¥".
        if (after != null && before.equals("JPY") && after.equals("CNY")) {
            return after;
        }
        return before;
    }

    private static String suffixCurrency(String word) {
        String named = SUFFIX_WORDS.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return named != null || !word.matches("(?i)[a-z]{3}") ? named : word.toUpperCase(Locale.ROOT);
    }

    private static Money money(String number, String scale, String currency) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        if (scale != null) {
            value = value.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
        }
        return new Money(plain(value), currency);
    }

    /** Equal amounts compare equal as records: no exponent, no trailing zeros. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
