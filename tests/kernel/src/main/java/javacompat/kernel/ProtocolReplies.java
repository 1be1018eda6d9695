package javacompat.kernel;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;

import java.util.List;

/** Replies the base kernel sends without the {@code status} field the protocol requires. */
final class ProtocolReplies {

  private ProtocolReplies() {}

  static final class KernelInfo extends KernelInfoReply {
    @SuppressWarnings("unused") // serialized by gson
    private final String status = "ok";

    KernelInfo(String protocolVersion, String implementation, String version,
               LanguageInfo language, String banner, List<LanguageInfo.Help> helpLinks) {
      super(protocolVersion, implementation, version, language, banner, helpLinks);
    }
  }

  /** The kernel keeps no history, and says so instead of leaving the request unanswered. */
  static final class EmptyHistory extends HistoryReply {
    @SuppressWarnings("unused") // serialized by gson
    private final String status = "ok";

    EmptyHistory() {
      super(List.<HistoryEntry>of());
    }
  }
}
