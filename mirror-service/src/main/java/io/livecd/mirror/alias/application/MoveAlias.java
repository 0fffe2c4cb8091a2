package io.livecd.mirror.alias.application;

import io.livecd.common.event.AliasTarget;
import java.time.Instant;

/** The repository moved {@code alias} to {@code target} at {@code time}. */
public record MoveAlias(String alias, AliasTarget target, Instant time) {

}
