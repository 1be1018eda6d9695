package javacompat.kernel;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;

import java.util.List;

/** Replies the base kernel sends without the {@code status} field the protocol requires, or not at all. */
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

  /** The reply to an execute request skipped after an earlier cell failed ({@code stop_on_error}). */
  static final class AbortedExecute implements ContentType<AbortedExecute> {
    @SuppressWarnings("unused") // serialized by gson
    private final String status = "aborted";

    @Override
    @SuppressWarnings("unchecked")
    public MessageType<AbortedExecute> getType() {
      return (MessageType<AbortedExecute>) (MessageType<?>) MessageType.EXECUTE_REPLY;
    }
  }
}
