/**
 * The candidate's mailbox: {@link dev.nyx.core.mail.ImapMailbox} reads the verification emails sites send
 * (over IMAP with Angus Mail, settings in the {@code mailbox:} config section) and
 * {@link dev.nyx.core.mail.VerificationExtractor} takes the link or code out of one. Adapters reach it as
 * {@code ApplyContext.mailbox()}. A message's body is never logged, stored or put into an event.
 */
package dev.nyx.core.mail;
