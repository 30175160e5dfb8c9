#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.entity;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import dev.uniform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** ${ALabel} as stored, in the table {@code ${table}}. Never leaves the service layer: the API speaks in records. */
@Entity
@Table(name = "${table}")
public class ${resource} extends VersionedEntity {
#foreach( $field in $fieldList )

#if( $field.type == "enum" )
    @Enumerated(EnumType.STRING)
#end
#set( $attributes = [] )
#if( $field.required )#set( $added = $attributes.add("nullable = false") )#end
#if( $field.length != "" )#set( $added = $attributes.add("length = ${field.length}") )#end
#if( $field.type == "BigDecimal" )#set( $added = $attributes.add("precision = 12, scale = 2") )#end
#if( $field.type == "Text" )#set( $added = $attributes.add("columnDefinition = ""text""") )#end
#if( $field.unique )#set( $added = $attributes.add("unique = true") )#end
#set( $columnAttributes = "" )
#foreach( $attribute in $attributes )#if( $foreach.index > 0 )#set( $columnAttributes = "${columnAttributes}, " )#end#set( $columnAttributes = "${columnAttributes}${attribute}" )#end
    @Column($columnAttributes)
    public ${field.javaType} ${field.name};
#end
}
