/** The simulator's fault switches: latency, 503 with Retry-After, dropped connections, 409, 412, token expiry. */
package io.github.ucwakit.simulator.faults;
