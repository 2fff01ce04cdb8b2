package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.search.SearchDocument;
import org.ccionetwork.portal.search.SearchKind;
import org.ccionetwork.portal.search.SearchSource;
import org.ccionetwork.portal.shared.Visibility;

/**
 * The members' part of the search, for members only: each member still in the network (not
 * disabled, not left) by name, then the profile fields they show (a hidden field is not in the
 * document, so it never matches), then their biography when they show it.
 */
@ApplicationScoped
public class PeopleDocuments implements SearchSource {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public SearchKind kind() {
        return SearchKind.PEOPLE;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m from Member m where m.id in :ids and m.disabled = false and m.leftNetwork = false",
                        Member.class)
                .setParameter("ids", refs)
                .getResultList()
                .stream()
                .filter(m -> m.getUsername() != null)
                .map(PeopleDocuments::document)
                .toList();
    }

    private static SearchDocument document(Member m) {
        var shown = new StringBuilder();
        append(shown, m.shows(Profile.Field.JOB_TITLE) ? m.getJobTitle() : null);
        append(
                shown,
                m.shows(Profile.Field.ROLE) && m.getProfessionalRole() != null
                        ? m.getProfessionalRole().getLabel()
                        : null);
        append(shown, m.getShownOrganisation());
        append(shown, m.shows(Profile.Field.REGION) ? m.getRegion() : null);
        append(shown, m.shows(Profile.Field.SPECIALTY) ? m.getSpecialty() : null);
        append(shown, m.shows(Profile.Field.EXPERTISE) ? String.join(", ", m.getExpertiseList()) : null);
        return new SearchDocument(
                SearchKind.PEOPLE.key(),
                m.getId(),
                null,
                Visibility.MEMBERS,
                m.getDisplayName(),
                m.getDisplayName(),
                shown.toString(),
                m.shows(Profile.Field.BIO) ? m.getBioSource() : "",
                "/members/profile.xhtml?u=" + URLEncoder.encode(m.getUsername(), StandardCharsets.UTF_8),
                m.getLastSeen(),
                0);
    }

    private static void append(StringBuilder text, String field) {
        if (field != null && !field.isBlank()) {
            text.append(text.isEmpty() ? "" : " · ").append(field);
        }
    }

    @Override
    public List<Long> refsAfter(long after, int limit) {
        return em.createQuery("select m.id from Member m where m.id > :after order by m.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
