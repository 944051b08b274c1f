/**
 * Salary figures: {@link dev.nyx.core.salary.SalaryOracle} decides the number to enter in a salary
 * field from the posted range, the candidate's floor and the currency and period the field asks
 * for; {@link dev.nyx.core.salary.SalaryPeriods} converts pay between periods. Used by the answer
 * rules and by matching (the salary floor), so it depends on neither: only on the model and the SPI.
 */
package dev.nyx.core.salary;
