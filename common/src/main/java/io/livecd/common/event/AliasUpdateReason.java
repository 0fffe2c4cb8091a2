package io.livecd.common.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an alias moved. */
public enum AliasUpdateReason {

	@JsonProperty("publish")
	PUBLISH,

	@JsonProperty("rollback")
	ROLLBACK,

	@JsonProperty("pin")
	PIN,

	@JsonProperty("replay")
	REPLAY

}
