package org.treatygraph.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionsTests {

    @Test
    void cursorsRoundTripAndAreOpaque() {
        var cursor = Connections.encode(41);
        assertThat(cursor).doesNotContain("41");
        assertThat(Connections.decode(cursor)).isEqualTo(41);
    }

    @Test
    void foreignOrNegativeCursorsAreClientErrors() {
        assertThatThrownBy(() -> Connections.decode("!!")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Connections.decode(java.util.Base64.getUrlEncoder().encodeToString("position:-1".getBytes())))
            .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Connections.decode(java.util.Base64.getUrlEncoder().encodeToString("offset:3".getBytes())))
            .isInstanceOf(InvalidArgumentException.class);
    }

}
