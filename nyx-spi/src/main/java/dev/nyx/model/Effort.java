package dev.nyx.model;

/** How much care (and language-model budget) an application gets. */
public enum Effort {
    LOW, MEDIUM, HIGH
}
