using System.Reflection;
using System.Runtime.CompilerServices;
using MoeLab.Core.Accounting;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Specs;

/// <summary>Design rule: public types in Specs, Accounting and Seed001 are immutable (no public setters other than init, no public mutable fields).</summary>
public sealed class ImmutabilityTests
{
    public static TheoryData<string> Namespaces() => ["MoeLab.Core.Specs", "MoeLab.Core.Accounting", "MoeLab.Core.Seed001"];

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void PublicTypes_HaveNoPublicMutableState(string ns)
    {
        var types = typeof(MoeSpec).Assembly.GetExportedTypes().Where(t => t.Namespace == ns && !t.IsEnum && !t.IsInterface).ToList();
        Assert.NotEmpty(types);
        var offenders = new List<string>();
        foreach (var type in types)
        {
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = p.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter)) offenders.Add($"{type.Name}.{p.Name} has a public setter");
            }
            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                if (!f.IsInitOnly && !f.IsLiteral) offenders.Add($"{type.Name}.{f.Name} is a mutable public field");
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void AccountingResults_AreReadonlyValueTypes()
    {
        foreach (var t in new[] { typeof(ModelAccounting), typeof(ParameterCounts), typeof(FlopCounts), typeof(MemoryFootprint), typeof(ComponentParams) })
            Assert.True(t.IsValueType && t.GetCustomAttribute<IsReadOnlyAttribute>() is not null, $"{t.Name} should be a readonly struct");
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
