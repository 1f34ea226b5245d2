package io.github.otpadvisor.elixir.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cluster boundaries against Erlang/OTP 25's {@code unicode_util:gc/1}: each case is "code points
 * in hex|sizes of the successive clusters" as OTP computed them.
 */
class GraphemesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "65 301|2", "D A|2", "1F468 200D 1F469 200D 1F467|5", "1F1EB 1F1F7 1F1EB|2,1", "2764 FE0F|2",
        "2764 200D 302A D02|2,2", "61 302A 2764 200D E31|2,2,1", "D55C 200D E33|3", "600 61|2", "D4E 20|2",
        "1100 1161 11A8|3", "915 94D 937|2,1", "7F 301|1,1", "A9 200D 1F600|3", "61 200D 1F600|2,1",
        "2043 1F745 35F 17BF 352|1,4", "1F6EA 265C E018A 1792 1F1EC 2714|1,2,1,1,1", "D7CD 319 646 11AD8|2,1,1",
        "E5B 1FA11 C561 103C|1,1,2", "116E FE0B 11043|3", "6B2 105A D7CF 17C5|1,1,2", "E18 FE01 C6A4 95|2,1,1",
        "1086 360 6FD 1F1F6|2,1,1", "11E2 11117 26C9 ACE3 33D 1F537|1,1,1,2,1", "D7D0 2031 17BA 2704 17D2|1,2,2",
        "B027 17AA 1F361 35A FE0A|1,1,3", "FE0C 2650 FE05|1,2", "E0019 62B 917 9BC 67A 11087|1,1,2,1,1",
        "AC 17B6 178F 1F1EF|2,1,1", "2035 1F911 35E 1053|1,2,1", "D3 1047 E010D|1,2", "334 17C3|2",
        "85 9A5 1F1F8 17C6 118BA 11BD|1,1,2,1,1", "272A 115C5 E0023 106A 688 E0029|1,2,1,2",
        "26EF 11BE6 FE09 B8A6 1F1F1|1,2,1,1", "BC9F E01C2|2", "25 17BD|2", "1F1F3 6BD D7F3 314 A6|1,1,2,1"})
    void clustersAsOtp(String spec) {
        String[] halves = spec.split("\\|");
        StringBuilder text = new StringBuilder();
        for (String hex : halves[0].split(" ")) {
            text.appendCodePoint(Integer.parseInt(hex, 16));
        }
        char[] chars = text.toString().toCharArray();
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < chars.length; ) {
            int end = Graphemes.clusterEnd(chars, i, chars.length);
            sizes.add(String.valueOf(Character.codePointCount(chars, i, end - i)));
            i = end;
        }
        assertEquals(halves[1], String.join(",", sizes), spec);
    }
}
