package dev.uniform.testapp;

import dev.uniform.paging.SortField;

public enum GadgetSort implements SortField {
    CODE("code", "code"),
    WEIGHT("weight", "weight");

    private final String apiName;
    private final String property;

    GadgetSort(String apiName, String property) {
        this.apiName = apiName;
        this.property = property;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    @Override
    public String property() {
        return property;
    }
}
