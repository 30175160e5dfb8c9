package dev.uniform.testapp;

public enum WidgetColour {
    RED,
    BLUE
}
