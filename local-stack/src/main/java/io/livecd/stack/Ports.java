package io.livecd.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finds which of the stack's ports something else already listens on. */
final class Ports {

	private Ports() {
	}

	/** The ports that cannot be bound on 127.0.0.1, by the variable that sets them. */
	static Map<String, Integer> inUse(StackPorts ports) {
		Map<String, Integer> taken = new LinkedHashMap<>();
		ports.byVariable().forEach((variable, port) -> {
			if (!free(port)) {
				taken.put(variable, port);
			}
		});
		return taken;
	}

	static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
