package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.parley.model.Money;

class MoneyParserTest {

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "signed a $500 million MOU         | 500000000      | USD",
        "a package of $4 million            | 4000000        | USD",
        "US$1.2 billion                     | 1200000000     | USD",
        "U.S. $75 million                   | 75000000       | USD",
        "committed USD 30 million           | 30000000       | USD",
        "hitting 123 billion USD last year  | 123000000000   | USD",
        "120 million USD over five years    | 120000000      | USD",
        "5 million US dollars               | 5000000        | USD",
        "€1.5bn                             | 1500000000     | EUR",
        "EUR 200,000                        | 200000         | EUR",
        "£50m                               | 50000000       | GBP",
        "20 million pounds sterling         | 20000000       | GBP",
        "VND 2 trillion                     | 2000000000000  | VND",
        "2.5 trillion dong                  | 2500000000000  | VND",
        "¥10 billion                        | 10000000000    | JPY",
        "10 billion yen                     | 10000000000    | JPY",
        "¥10 billion yuan                   | 10000000000    | CNY",
        "CN¥3 billion                       | 3000000000     | CNY",
        "RMB 8 billion                      | 8000000000     | CNY",
        "8 billion yuan                     | 8000000000     | CNY",
        "A$250 million                      | 250000000      | AUD",
        "AU$1 billion                       | 1000000000     | AUD",
        "S$40 million                       | 40000000       | SGD",
        "HK$2bn                             | 2000000000     | HKD",
        "Rs 500 crore                       | 5000000000     | INR",
        "Rs. 12 lakh                        | 1200000        | INR",
        "₹3,000 crore                       | 30000000000    | INR",
        "$1,250,000.50                      | 1250000.5      | USD",
        "$250k                              | 250000         | USD",
        "3.5 million euros                  | 3500000        | EUR",
    })
    void normalisesAmounts(String text, String value, String currency) {
        assertThat(MoneyParser.parse(text)).hasValueSatisfying(m -> {
            assertThat(m.currency()).isEqualTo(currency);
            assertThat(m.value()).isEqualByComparingTo(value);
        });
    }

    @Test
    void equalAmountsWrittenDifferentlyAreEqualRecords() {
        assertThat(MoneyParser.parse("$500 million")).contains(new Money(new BigDecimal("500000000"), "USD"));
        assertThat(MoneyParser.parse("$0.5 billion")).isEqualTo(MoneyParser.parse("500 million dollars"));
        assertThat(MoneyParser.parse("$500 million").orElseThrow().value().toPlainString()).isEqualTo("500000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2.2 million people", "the $ sign", "$", "50,000 semiconductor engineers by 2030", "in 2023",
        "over 25 companies", "500 pounds of rice", "a million dollars worth", "US", "USD", "12 percent",
        "$ million", "Rs"})
    void findsNoAmountWithoutBothNumberAndCurrency(String text) {
        assertThat(MoneyParser.findAll(text)).as(text).isEmpty();
    }

    @Test
    void findsEveryAmountInOrderWithItsSpan() {
        String text = "The United States pledged $120 million, with a first tranche of $30 million; trade hit 110 billion USD.";
        List<MoneyParser.Found> found = MoneyParser.findAll(text);
        assertThat(found).extracting(f -> f.span().of(text))
                .containsExactly("$120 million", "$30 million", "110 billion USD");
        assertThat(found).extracting(f -> f.money().currency()).containsOnly("USD");
    }

    @Test
    void doesNotReadAPrefixedAmountTwiceWhenACodeFollows() {
        assertThat(MoneyParser.findAll("$5 million USD")).hasSize(1)
                .first().satisfies(f -> assertThat(f.money().value()).isEqualByComparingTo("5000000"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$5.0E8       | 500000000  | USD",
        "$4000000.0   | 4000000    | USD",
        "€1.5E9       | 1500000000 | EUR",
        "£5.0E7       | 50000000   | GBP",
        "¥1.0E10      | 10000000000| JPY",
        "₹5.0E9       | 5000000000 | INR",
        "USD3.0E7     | 30000000   | USD",
        ">=$1.2E8     | 120000000  | USD",
    })
    void readsTaggerNormalizedValues(String normalized, String value, String currency) {
        assertThat(MoneyParser.fromNormalized(normalized)).hasValueSatisfying(m -> {
            assertThat(m.currency()).isEqualTo(currency);
            assertThat(m.value()).isEqualByComparingTo(value);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5.0E8", "$", "$1.0E6-$2.0E6", "XX5", "?5.0", "$1e999999999", "€1.5E2147483648",
        "USD1.0E-2147483649", "$1.0E-40"})
    void rejectsNormalizedValuesItCannotRead(String normalized) {
        assertThat(MoneyParser.fromNormalized(normalized)).as(normalized).isEmpty();
    }

    @Test
    void nullInputsGiveNothing() {
        assertThat(MoneyParser.parse(null)).isEmpty();
        assertThat(MoneyParser.fromNormalized(null)).isEmpty();
    }
}
