import TreatyModel

/// Finds the proposal a user names by its id.
enum ProposalLookup {
  /// The proposal with the id, or a data failure that says where to find ids.
  static func find(_ id: String, in workspace: Workspace) throws(CommandFailure)
    -> ReviewedProposal
  {
    let recogniser = workspace.recogniser
    let proposals = workspace.reviewedProposals(using: recogniser)
    guard let found = proposals.first(where: { $0.id == id }) else {
      throw .data("no proposal has the id '\(id)' (see 'btap proposals')")
    }
    return found
  }
}
