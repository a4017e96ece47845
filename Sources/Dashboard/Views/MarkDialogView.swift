import TerminalUI
import TreatyModel

/// The mark dialog: the kind of change, its date, and any problem with them.
struct MarkDialogView {
  let dialog: MarkDialogState
  let state: AppState
  let theme: Theme

  func render(into buffer: inout Buffer, area: Rect) {
    var kinds: [Span] = []
    for kind in MarkDialogState.Kind.allCases {
      let chosen = kind == dialog.kind
      let box = chosen ? (theme.isASCII ? "(*)" : "◉") : (theme.isASCII ? "( )" : "○")
      kinds.append(
        Span(
          "\(box) \(kind.shortcut) \(kind.rawValue)  ",
          style: chosen ? Style.plain.bold().reversed() : .plain))
    }
    var body: [Line] = [
      Line(spans: kinds),
      .empty,
      Line(explanation(), style: theme.muted),
      Line("Date of the deposit, signature or notice:", style: theme.label),
    ]
    if let error = dialog.error {
      body.insert(Line(error, style: theme.error), at: 2)
    }
    Dialog(
      title: "Mark a change for \(dialog.partyName)", body: body, textField: dialog.dateField,
      hint: Line("Tab or r/a/s/d kind  ·  Enter save  ·  Esc cancel", style: theme.muted),
      maximumWidth: 76, borderType: theme.border
    ).render(into: &buffer, area: area)
  }

  private func explanation() -> String {
    let delay = state.model.facts.partyEffectDelayMonths
    switch dialog.kind {
    case .ratification:
      return "A signatory confirms its signature; bound \(delay) months after deposit."
    case .accession:
      return "A state joins without having signed; bound \(delay) months after deposit."
    case .signature:
      return "Signatures were possible until \(state.model.facts.signaturePeriodEnds) (Art. 25)."
    case .denunciation:
      return
        "Leaving takes effect \(state.model.facts.denunciationDelayMonths) months after the notice (Art. 28)."
    }
  }
}
