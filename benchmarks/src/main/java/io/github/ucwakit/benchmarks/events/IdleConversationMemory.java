package io.github.ucwakit.benchmarks.events;

import io.github.ucwakit.client.events.EventChannel;
import io.github.ucwakit.runtime.Link;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap the event loop holds per idle conversation: a channel with {@code n} conversations each followed by a
 * listener by its sender link (what an application registers for a conversation it follows), and no event: the heap
 * in use after garbage collection, less the same channel's before the listeners, divided by {@code n}. Not a JMH benchmark
 * (JMH measures time and allocation, not what stays held).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.ucwakit.benchmarks.events.IdleConversationMemory 10000</pre>
 */
public final class IdleConversationMemory {

    private IdleConversationMemory() {}

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf("event loop: %d bytes held per idle conversation (%d conversations)%n",
                bytesPerConversation(conversations), conversations);
    }

    /** The heap held per idle conversation, measured with {@code conversations} of them. */
    public static long bytesPerConversation(int conversations) throws Exception {
        try (LoopbackEventServer server = new LoopbackEventServer()) {
            EventChannel channel = EventLoopRig.open(server, conversations);
            long before = heapAfterGc();
            for (int i = 0; i < conversations; i++) {
                channel.onSender(Link.of("conversation", LoopbackEventServer.conversation(i)), event -> { });
            }
            long after = heapAfterGc();
            // the channel stays reachable until measured
            if (channel.dispatched() < 0) {
                throw new IllegalStateException("never");
            }
            return (after - before) / Math.max(1, conversations);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
