package io.livecd.foremansim.model;

/**
 * The fields of a create or update request; {@code null} means "not sent", and an update
 * changes only the fields sent.
 *
 * @param name the parameter's name
 * @param text the value, as a string
 * @param type the {@code parameter_type} name, validated on save
 * @param hidden whether reads mask the value
 */
public record ParameterDraft(String name, String text, String type, Boolean hidden) {

}
