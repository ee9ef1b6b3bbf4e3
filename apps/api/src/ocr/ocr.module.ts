import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OcrController } from './ocr.controller';
import { OcrService } from './ocr.service';
import { ScreenshotReadingService } from './screenshot-reading.service';

/** OCR of screenshots and photos (OcrService, also for images that arrive by email) and its endpoints. */
@Module({
  imports: [AuthModule],
  controllers: [OcrController],
  providers: [OcrService, ScreenshotReadingService],
  exports: [OcrService],
})
export class OcrModule {}
