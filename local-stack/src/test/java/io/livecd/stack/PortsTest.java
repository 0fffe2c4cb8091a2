package io.livecd.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PortsTest {

	@Test
	void shouldNameThePortsSomethingElseListensOn() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			int[] free = FreePorts.take(10);
			StackPorts ports = new StackPorts(free[0], free[1], taken.getLocalPort(), free[2], free[3], free[4],
					free[5], free[6], free[7], free[8], free[9]);
			assertThat(Ports.inUse(ports)).containsExactly(entry("LIVECD_S3_PORT", taken.getLocalPort()));
		}
	}

	@Test
	void shouldSeeAPortAsFreeOnceItIsClosed() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
			assertThat(Ports.free(port)).isFalse();
		}
		assertThat(Ports.free(port)).isTrue();
	}

}
