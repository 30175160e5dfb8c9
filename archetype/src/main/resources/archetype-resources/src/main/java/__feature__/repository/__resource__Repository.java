#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.repository;

import dev.uniform.paging.Criteria;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import ${package}.${feature}.api.${resource}Filter;
import ${package}.${feature}.entity.${resource};
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over ${labels}, in the caller's session: services open sessions and transactions. */
@ApplicationScoped
public class ${resource}Repository implements PanacheRepository<${resource}> {

    /** One page of the ${labels} that match {@code filter}, in the requested order. */
    public Uni<CursorPage<${resource}>> search(${resource}Filter filter, PageRequest page) {
        Criteria where = Criteria.where()
#foreach( $field in $fieldList )
#if( $field.kind == "text" )
                .contains("${field.name}", filter.${field.name}())#if( !$foreach.hasNext );#end

#elseif( $field.kind == "exact" )
                .equalTo("${field.name}", filter.${field.name}())#if( !$foreach.hasNext );#end

#else
                .between("${field.name}", filter.min${field.Name}(), filter.max${field.Name}())#if( !$foreach.hasNext );#end

#end
#end
        return PanachePaging.fetch(${resource}.class, where, page);
    }
}
