#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.entity;

#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** ${ALabel} as stored, in the table {@code ${table}}. Never leaves the service layer: the API speaks in records. */
@Entity
@Table(name = "${table}")
public class ${resource} {

    @Id
    @GeneratedValue
    public Long id;
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

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(nullable = false)
    public Instant updatedAt;

    /** Raised by Hibernate on every update, which fails if another one came first. The API shows it as the ETag. */
    @Version
    @Column(nullable = false)
    public long version;
}
