package dev.uniform.testapp;

import dev.uniform.paging.SortField;

public enum GadgetSort implements SortField {
    CODE,
    WEIGHT
}
