/**
 * An echo bot: signs in, accepts messaging invitations, answers every message with its echo and leaves when the
 * other side leaves. {@link io.github.ucwakit.examples.echo.EchoBot} is the bot, for programs and tests;
 * {@link io.github.ucwakit.examples.echo.EchoBotMain} runs it from the command line.
 */
package io.github.ucwakit.examples.echo;
