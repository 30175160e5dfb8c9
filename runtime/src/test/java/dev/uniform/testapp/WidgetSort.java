package dev.uniform.testapp;

import dev.uniform.paging.SortField;

/** The sorts of widgets: a unique text, a nullable number, a nullable enum and a time. */
public enum WidgetSort implements SortField {
    CODE,
    SIZE,
    COLOUR,
    CREATED_AT
}
