package io.redress.core.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShadowTablesTest {

    private static final String PRIMARY_KEY = "CREATE UNIQUE INDEX ON USING btree (complaint_id)";
    private static final String BY_CUSTOMER = "CREATE INDEX ON USING btree (customer_id)";
    private static final String BY_TIME = "CREATE INDEX ON USING btree (received_at)";

    @Test
    void copies_takeTheNamesOfTheLiveIndexesWithTheSameDefinition() {
        Map<String, String> live = ordered("intake_complaint_pkey", PRIMARY_KEY, "intake_complaint_customer",
                BY_CUSTOMER, "intake_complaint_received", BY_TIME);
        Map<String, String> copies = ordered("intake_complaint_customer_id_idx", BY_CUSTOMER,
                "intake_complaint_pkey", PRIMARY_KEY, "intake_complaint_received_at_idx", BY_TIME);

        assertThat(ShadowTables.renames(live, copies)).containsExactly(
                Map.entry("intake_complaint_customer_id_idx", "intake_complaint_customer"),
                Map.entry("intake_complaint_received_at_idx", "intake_complaint_received"));
    }

    @Test
    void twoLiveIndexesWithOneDefinition_eachGetAnotherCopy() {
        Map<String, String> live = ordered("by_customer", BY_CUSTOMER, "by_customer_again", BY_CUSTOMER);
        Map<String, String> copies = ordered("t_customer_id_idx", BY_CUSTOMER, "t_customer_id_idx1", BY_CUSTOMER);

        assertThat(ShadowTables.renames(live, copies)).containsExactly(
                Map.entry("t_customer_id_idx", "by_customer"), Map.entry("t_customer_id_idx1", "by_customer_again"));
    }

    @Test
    void onlyPlainTableNames_areAccepted() {
        assertThatThrownBy(() -> new ShadowTables(List.of("intake_complaint; drop table x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> ordered(String... namesAndDefinitions) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDefinitions.length; i += 2) {
            map.put(namesAndDefinitions[i], namesAndDefinitions[i + 1]);
        }
        return map;
    }
}
