package io.livecd.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxJsonBody the largest JSON request body accepted
 * ({@code LIVECD_MAX_JSON_BODY})
 */
@Validated
@ConfigurationProperties("livecd.web")
public record WebProperties(@DefaultValue("1MB") @NotNull DataSize maxJsonBody) {

}
