package org.treatygraph.api;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import org.treatygraph.graph.Curation;

/** Curation mutations; each records the authenticated writer as {@code curatedBy}. */
@Controller
@PreAuthorize("hasRole('WRITER')")
class CurationController {

    record MergeEntitiesInput(String keep, String remove) {
    }

    record RenameEntityInput(String key, String name) {
    }

    record AddAliasInput(String key, String alias) {
    }

    record SetStatementSpeakerInput(String statement, String speaker) {
    }

    record SetStatementStanceInput(String statement, String stance) {
    }

    private final Curation curation;

    CurationController(Curation curation) {
        this.curation = curation;
    }

    @MutationMapping
    public Map<String, Object> mergeEntities(@Argument MergeEntitiesInput input, Principal principal) {
        return payload("entity", this.curation.mergeEntities(input.keep(), input.remove(), principal.getName()));
    }

    @MutationMapping
    public Map<String, Object> renameEntity(@Argument RenameEntityInput input, Principal principal) {
        return payload("entity", this.curation.renameEntity(input.key(), input.name(), principal.getName()));
    }

    @MutationMapping
    public Map<String, Object> addAlias(@Argument AddAliasInput input, Principal principal) {
        return payload("entity", this.curation.addAlias(input.key(), input.alias(), principal.getName()));
    }

    @MutationMapping
    public Map<String, Object> setStatementSpeaker(@Argument SetStatementSpeakerInput input, Principal principal) {
        return payload("statement", this.curation.setStatementSpeaker(input.statement(), input.speaker(), principal.getName()));
    }

    @MutationMapping
    public Map<String, Object> setStatementStance(@Argument SetStatementStanceInput input, Principal principal) {
        return payload("statement", this.curation.setStatementStance(input.statement(), input.stance(), principal.getName()));
    }

    private static Map<String, Object> payload(String field, Curation.Result result) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put(field, result.node());
        payload.put("errors", result.problem() == null ? List.of()
                : List.of(Map.of("code", result.problem().name(), "message", result.message(), "field", result.field())));
        return payload;
    }

}
