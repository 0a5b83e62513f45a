using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>Generic questions about symbols.</summary>
    internal static class SymbolExtensions
    {
        /// <summary>The type of a local, parameter, field or property; null for any other symbol.</summary>
        public static ITypeSymbol? ValueType(this ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        /// <summary>Whether <paramref name="type"/> is <paramref name="interfaceType"/> or implements it.</summary>
        public static bool IsOrImplements(this ITypeSymbol? type, INamedTypeSymbol? interfaceType)
        {
            if (type == null || interfaceType == null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type, interfaceType))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, interfaceType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
        public static bool IsOrDerivesFrom(this ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (var current = type; current != null && baseType != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsDeclaredIn(this ISymbol member, INamedTypeSymbol? type) =>
            type != null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type);
    }
}
