/**
 * The candidate's mail server for tests: {@link dev.nyx.testkit.mail.MailReplica} runs GreenMail (SMTP and
 * IMAP on 127.0.0.1), so a site replica sends its verification email over SMTP and Nyx reads it over IMAP,
 * both real protocols.
 */
package dev.nyx.testkit.mail;
