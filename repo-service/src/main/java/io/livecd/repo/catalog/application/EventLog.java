package io.livecd.repo.catalog.application;

import io.livecd.common.event.LivecdEvent;
import java.util.List;

/**
 * Everything the repository and the Foreman bridge have logged so far, from the start.
 */
public interface EventLog {

	List<LivecdEvent> history();

}
