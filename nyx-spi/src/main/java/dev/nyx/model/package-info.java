/**
 * Value types of Nyx: immutable, self-validating records and enums that depend only on the JDK.
 */
package dev.nyx.model;
