package io.livecd.foremansim.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent Foreman API requests, oldest first. Thread-safe. */
public final class RequestLog {

	private static final int CAPACITY = 10_000;

	private final Deque<RecordedRequest> requests = new ArrayDeque<>();

	public synchronized void add(RecordedRequest request) {
		if (this.requests.size() == CAPACITY) {
			this.requests.removeFirst();
		}
		this.requests.addLast(request);
	}

	public synchronized List<RecordedRequest> all() {
		return List.copyOf(this.requests);
	}

	public synchronized void clear() {
		this.requests.clear();
	}

}
