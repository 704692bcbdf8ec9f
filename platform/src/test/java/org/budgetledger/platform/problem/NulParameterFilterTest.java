package org.budgetledger.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulParameterFilterTest {

    @Test
    void theParameterWhoseValueOrNameHoldsANulIsNamed() {
        assertThat(NulParameterFilter.parameterWithNul("type=true&documentNo=%00&to=9999-12-31")).isEqualTo("documentNo");
        assertThat(NulParameterFilter.parameterWithNul("documentNo=%E8%AE%B0%00-1")).isEqualTo("documentNo");
        assertThat(NulParameterFilter.parameterWithNul("a%00b=1")).isEqualTo("a?b");
    }

    @Test
    void ordinaryMalformedAndEmptyQueriesPass() {
        assertThat(NulParameterFilter.parameterWithNul(null)).isNull();
        assertThat(NulParameterFilter.parameterWithNul("")).isNull();
        assertThat(NulParameterFilter.parameterWithNul("documentNo=%E8%AE%B0-1&asOf=2023-12-31")).isNull();
        assertThat(NulParameterFilter.parameterWithNul("documentNo=%ZZ&x")).as("a malformed escape is Tomcat's to refuse").isNull();
        assertThat(NulParameterFilter.parameterWithNul("text=%2500")).as("an escaped percent sign is no NUL").isNull();
    }
}
