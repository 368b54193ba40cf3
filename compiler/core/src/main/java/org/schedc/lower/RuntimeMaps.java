package org.schedc.lower;

/** Names of the BTF-defined maps a policy gets (docs/runtime-abi.md); code and object writer share them. */
public final class RuntimeMaps {
    private RuntimeMaps() {}

    public static String stats(String policy) { return policy + "_stats"; }
    public static String taskState(String policy) { return policy + "_task_state"; }
    public static String cpuState(String policy) { return policy + "_cpu_state"; }
    public static String tagsTask(String policy) { return policy + "_tags_task"; }
    public static String tagsProc(String policy) { return policy + "_tags_proc"; }
    public static String tagsCgroup(String policy) { return policy + "_tags_cgroup"; }
    public static String tagsUser(String policy) { return policy + "_tags_user"; }
    /** The BTF enum of a policy's tags, value type of the four tag maps. */
    public static String tagEnum(String policy) { return policy + "_tag"; }
}
