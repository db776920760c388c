package io.booking.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  record Slot(long id, String start) {}

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  private final RecordElResolver resolver = new RecordElResolver();

  @Test
  void recordComponentsReadAsProperties() {
    ELContext ctx = context();
    assertEquals(7L, resolver.getValue(ctx, new Slot(7, "19:00"), "id"));
    assertTrue(ctx.isPropertyResolved());
    assertTrue(resolver.isReadOnly(context(), new Slot(7, "19:00"), "start"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context(), new Slot(7, "19:00"), "start", "20:00"));
  }

  @Test
  void everythingElseIsLeftToTheOtherResolvers() {
    ELContext ctx = context();
    assertNull(resolver.getValue(ctx, new Slot(7, "19:00"), "nope"));
    assertNull(resolver.getValue(ctx, "not a record", "length"));
    assertFalse(ctx.isPropertyResolved());
  }
}
