package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Intent;

/** Where the other features hand what Foreman should hold; returns at once. */
public interface ParameterUpdates {

	void request(Intent intent);

}
